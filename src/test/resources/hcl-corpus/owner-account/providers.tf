# Owner account of the grant: the bucket, its key and the replica Region.
// Written for the S3 Grant Designer HCL corpus; it exercises syntax, not a deployment.
/*
  Three providers: the default one for the bucket, one alias for the replica Region and one
  for the log archive account. Nothing here is applied.
*/

terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = ">= 5.40, < 6.0"
    }
  }

  backend "s3" {
    bucket       = "grant-designer-state-111122223333"
    key          = "owner/terraform.tfstate"
    region       = "ap-northeast-1"
    use_lockfile = true
  }
}

provider "aws" {
  region = var.home_region

  default_tags {
    tags = local.common_tags
  }
}

provider "aws" {
  alias  = "replica"
  region = var.replica_region
}

provider "aws" {
  region = "us-east-1" # the log archive lives in the oldest Region
  alias  = "log_archive"

  assume_role {
    role_arn     = "arn:aws:iam::${var.log_archive_account_id}:role/GrantDesignerLogWriter"
    session_name = "grant-designer"
  }
}

variable "home_region" {
  type        = string
  default     = "ap-northeast-1"
  description = "Region of the bucket (バケットのリージョン)."
}

variable "replica_region" {
  type    = string
  default = "ap-northeast-3"
}

variable "log_archive_account_id" {
  type = string

  validation {
    condition     = can(regex("^[0-9]{12}$", var.log_archive_account_id))
    error_message = "The log archive account ID must be 12 digits."
  }
}

variable "writers" {
  description = "Writer accounts and the key prefix each one may write under."
  type = map(object({
    account_id = string
    prefix     = string
    role_name  = optional(string, "S3GrantWriter")
    kms        = optional(bool, true)
  }))
  default = {}
}

variable "bucket_name" {
  type     = string
  nullable = false
}

variable "retention_days" {
  type    = number
  default = 400
}

locals {
  common_tags = {
    Project     = "s3-grant-designer"
    "cost:team" = "storage"
    Owner       = "platform"
  }

  writer_account_ids = sort(distinct([for w in values(var.writers) : w.account_id]))
  kms_writers        = { for name, w in var.writers : name => w if w.kms }
  writer_role_arns = [
    for name, w in var.writers :
    "arn:${data.aws_partition.current.partition}:iam::${w.account_id}:role/${w.role_name}"
  ]

  prefixes_by_account = {
    for w in values(var.writers) : w.account_id => trimsuffix(w.prefix, "/")...
  }

  replica_enabled = var.replica_region != "" && var.replica_region != var.home_region
  ratio           = 1.5e2 / -4 + 10 % 3
}

data "aws_partition" "current" {}
data "aws_caller_identity" "current" {}
data "aws_region" "replica" { provider = aws.replica }
