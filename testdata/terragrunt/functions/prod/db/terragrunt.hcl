terraform {
  source = "../../modules//db"
}

inputs = {
  name = "db"
}
