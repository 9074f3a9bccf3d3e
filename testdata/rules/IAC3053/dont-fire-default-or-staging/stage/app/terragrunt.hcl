# Staging may depend on the operator's environment; only production is flagged.
inputs = {
  db_host = get_env("DB_HOST")
}
