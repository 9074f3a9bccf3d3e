resource "aws_athena_workgroup" "analysts" {
  name = "analysts"
}

resource "aws_athena_workgroup" "etl" {
  name = "etl"
  configuration {
    enforce_workgroup_configuration = false
  }
}
