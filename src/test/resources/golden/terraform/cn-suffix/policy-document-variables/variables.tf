# S3 Grant Designer, design "cn-suffix": variables of the account files.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

variable "partition" {
  description = "AWS partition of every ARN in the policies."
  type        = string

  validation {
    condition     = can(regex("^(aws|aws-cn|aws-us-gov)$", var.partition))
    error_message = "The partition must be aws, aws-cn or aws-us-gov."
  }
}

variable "region" {
  description = "AWS Region in the ARNs of the policies (service source ARNs and KMS keys)."
  type        = string
}

variable "organization_id" {
  description = "ID of the AWS Organization that the writer accounts and the bucket owner belong to."
  type        = string

  validation {
    condition     = can(regex("^o-[a-z0-9]{10,32}$", var.organization_id))
    error_message = "The organization ID must be o- followed by 10 to 32 lowercase letters or digits."
  }
}

variable "bucket_name" {
  description = "Name of the S3 bucket that the writers put objects into."
  type        = string

  validation {
    condition     = can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", var.bucket_name))
    error_message = "The bucket name must be 3 to 63 lowercase letters, digits, dots or hyphens, and start and end with a letter or digit."
  }

  validation {
    condition     = !can(regex("^[0-9]+\\.[0-9]+\\.[0-9]+\\.[0-9]+$", var.bucket_name))
    error_message = "The bucket name must not look like an IP address."
  }

  validation {
    condition     = !can(regex("^xn--", var.bucket_name))
    error_message = "The bucket name must not start with xn--."
  }

  validation {
    condition     = !can(regex("(-s3alias|--ol-s3)$", var.bucket_name))
    error_message = "The bucket name must not end with -s3alias or --ol-s3."
  }
}

variable "account_b_id" {
  description = "AWS account ID of account B, which owns the bucket."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_b_id))
    error_message = "The account ID of account B must be exactly 12 digits."
  }
}

variable "account_a_id" {
  description = "AWS account ID of writer account A."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_a_id))
    error_message = "The account ID of account A must be exactly 12 digits."
  }
}

variable "writer_a_role_name" {
  description = "Name of the writer role in account A."
  type        = string

  validation {
    condition     = can(regex("^[\\w+=,.@-]{1,64}$", var.writer_a_role_name))
    error_message = "The role name must be 1 to 64 letters, digits or any of + = , . @ _ -."
  }
}
