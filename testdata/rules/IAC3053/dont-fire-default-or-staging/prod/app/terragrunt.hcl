inputs = {
  db_host = get_env("DB_HOST", "db.internal")
}
