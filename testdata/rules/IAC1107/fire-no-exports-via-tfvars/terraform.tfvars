log_exports = []
