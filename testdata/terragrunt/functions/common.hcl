inputs = {
  shared = "yes"
}
