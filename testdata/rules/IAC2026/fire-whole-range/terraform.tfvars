allowed = {
  start = "0.0.0.0"
  end   = "255.255.255.255"
}
