guardduty = false
