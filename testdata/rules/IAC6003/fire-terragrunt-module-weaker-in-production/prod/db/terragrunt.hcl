terraform {
  source = "../../modules//db"
}

inputs = {
  encrypted = false
}
