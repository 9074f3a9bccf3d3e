terraform {
  source = "../../../../../../outside-the-scan//x"
}
