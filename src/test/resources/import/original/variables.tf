variable "bucket_name" {
  description = "S3 bucket name"
  type        = string
}

variable "account_a_id" {
  description = "Account A ID"
  type        = string
}
