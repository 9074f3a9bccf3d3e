# GCS encrypts state at rest by default.
remote_state {
  backend = "gcs"
  config = {
    bucket = "acme-state"
    prefix = "prod/app"
  }
}
