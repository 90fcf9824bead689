# S3 Grant Designer, design "shared-role-ou": variables of the account files.
# Apply order: any. One bucket policy statement names the writers' organizational unit (aws:PrincipalOrgPaths) and matches their shared role with aws:PrincipalArn.

variable "partition" {
  description = "AWS partition of every ARN in the policies."
  type        = string

  validation {
    condition     = can(regex("^(aws|aws-cn|aws-us-gov)$", var.partition))
    error_message = "The partition must be aws, aws-cn or aws-us-gov."
  }
}

variable "region" {
  description = "AWS Region of the design: the Region every account's provider must be configured for, and the Region in the ARNs of the policies."
  type        = string

  validation {
    condition     = can(regex("^[a-z]{2}(-[a-z]+)+-[0-9]{1,2}$", var.region))
    error_message = "The Region must be a Region code such as ap-northeast-1."
  }
}

variable "organization_id" {
  description = "ID of the AWS Organization that the writer accounts and the bucket owner belong to."
  type        = string

  validation {
    condition     = can(regex("^o-[a-z0-9]{10,32}$", var.organization_id))
    error_message = "The organization ID must be o- followed by 10 to 32 lowercase letters or digits."
  }
}

variable "writer_org_path" {
  description = "AWS Organizations path of the organizational unit (o-ORG/r-ROOT/ou-OU/) whose accounts, and those of the OUs under it, hold the shared writer role."
  type        = string

  validation {
    condition     = can(regex("^o-[a-z0-9]{10,32}/r-[0-9a-z]{4,32}/(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}/){1,5}$", var.writer_org_path))
    error_message = "The organizational unit path must be o-ORG/r-ROOT/ou-OU/ (one to five nested OU IDs, each followed by /, and no *)."
  }
}

variable "bucket_name" {
  description = "Name of the S3 bucket that the writers put objects into."
  type        = string

  validation {
    condition     = can(regex("(?s)^.{3,63}$", var.bucket_name))
    error_message = "The bucket name must be 3 to 63 characters long."
  }

  validation {
    condition     = can(regex("^([a-z0-9]([a-z0-9.-]*[a-z0-9])?)?$", var.bucket_name)) && !can(regex("\\.\\.", var.bucket_name))
    error_message = "The bucket name must consist of lowercase letters, digits, dots and hyphens, start and end with a letter or digit, and hold no two adjacent dots."
  }

  validation {
    condition     = !can(regex("^[0-9]{1,3}(\\.[0-9]{1,3}){3}$", var.bucket_name))
    error_message = "The bucket name must not look like an IP address."
  }

  validation {
    condition     = !can(regex("^(xn--|sthree-|amzn-s3-demo-)", var.bucket_name)) && !can(regex("(-s3alias|--ol-s3|\\.mrap|--x-s3|--table-s3)$", var.bucket_name))
    error_message = "The bucket name must not start with xn--, sthree- or amzn-s3-demo-, and must not end with -s3alias, --ol-s3, .mrap, --x-s3 or --table-s3."
  }
}

variable "account_b_id" {
  description = "AWS account ID of account B, which owns the bucket."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_b_id))
    error_message = "An AWS account ID is exactly 12 digits."
  }
}

variable "account_a_id" {
  description = "AWS account ID of writer account A."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_a_id))
    error_message = "An AWS account ID is exactly 12 digits."
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

variable "account_c_id" {
  description = "AWS account ID of writer account C."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_c_id))
    error_message = "An AWS account ID is exactly 12 digits."
  }
}

variable "writer_c_role_name" {
  description = "Name of the writer role in account C."
  type        = string

  validation {
    condition     = can(regex("^[\\w+=,.@-]{1,64}$", var.writer_c_role_name))
    error_message = "The role name must be 1 to 64 letters, digits or any of + = , . @ _ -."
  }
}

variable "account_d_id" {
  description = "AWS account ID of writer account D."
  type        = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.account_d_id))
    error_message = "An AWS account ID is exactly 12 digits."
  }
}

variable "writer_d_role_name" {
  description = "Name of the writer role in account D."
  type        = string

  validation {
    condition     = can(regex("^[\\w+=,.@-]{1,64}$", var.writer_d_role_name))
    error_message = "The role name must be 1 to 64 letters, digits or any of + = , . @ _ -."
  }
}
