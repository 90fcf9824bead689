writer_account_id = "444444444444"
bucket_name       = "exports-555555555555"
