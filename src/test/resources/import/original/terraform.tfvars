bucket_name  = "cross-account-bucket-222222222222"
account_a_id = "111111111111"
