terraform {
  source = "../../modules//db"
}

inputs = {
  encrypted = true
}
