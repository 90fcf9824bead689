# S3 Grant Designer, design "shared-writer": variables of writer.tf.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

variable "account_id" {
  description = "AWS account ID of the writer account this root module is applied in: set in accounts/<alias>.tfvars."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_id))
    error_message = "An AWS account ID is exactly 12 digits."
  }
}
