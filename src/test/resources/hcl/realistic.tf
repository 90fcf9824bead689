# Realistic Terraform for the reader: every top-level block kind the designer meets.
terraform {
  required_version = ">= 1.5.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "log_archive"
  region = var.region

  assume_role {
    role_arn = "arn:aws:iam::${var.log_archive_account_id}:role/terraform"
  }
}

variable "bucket_name" {
  type        = string
  description = "Name of the log bucket."

  validation {
    condition     = can(regex("^[a-z0-9.-]{3,63}$", var.bucket_name))
    error_message = "Bucket names are 3-63 lowercase letters, digits, dots and hyphens."
  }
}

variable "writer_account_ids" {
  type    = list(string)
  default = []
}

locals {
  bucket_arn = "arn:aws:s3:::${var.bucket_name}"
  writers    = toset(var.writer_account_ids)
  tags = {
    Owner = "platform"
    Name  = var.bucket_name
  }
}

data "aws_caller_identity" "current" {}

data "aws_iam_policy_document" "put" {
  statement {
    sid     = "AllowWriters"
    actions = ["s3:PutObject"]
    resources = [
      "${local.bucket_arn}/*",
    ]

    principals {
      type        = "AWS"
      identifiers = [for id in local.writers : "arn:aws:iam::${id}:root"]
    }

    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }
  }
}

resource "aws_s3_bucket" "main" {
  provider = aws.log_archive
  bucket   = var.bucket_name
  tags     = local.tags
}

resource "aws_s3_bucket_policy" "main" {
  provider = aws.log_archive
  bucket   = aws_s3_bucket.main.id
  policy   = data.aws_iam_policy_document.put.json
}

resource "aws_s3_bucket_lifecycle_configuration" "main" {
  bucket = aws_s3_bucket.main.id

  rule {
    id     = "expire"
    status = "Enabled"
    filter {}

    expiration {
      days = 365
    }
  }

  lifecycle {
    ignore_changes = [rule[0].filter]
  }
}

module "notifications" {
  source  = "./modules/notifications"
  count   = length(var.writer_account_ids) > 0 ? 1 : 0
  topic   = "${var.bucket_name}-events"
  kms_key = null
}

output "arn" {
  value       = aws_s3_bucket.main.arn
  description = <<-EOT
    The bucket's ARN, for the writers'
      IAM policies.
  EOT
}
