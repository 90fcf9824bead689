/* Several writer accounts reuse one module; each gets its own provider alias. */

provider "aws" {
  alias  = "analytics"
  region = "eu-west-1"
  assume_role { role_arn = "arn:aws:iam::444455556666:role/TerraformDeploy" }
}

provider "aws" {
  alias  = "billing"
  region = "eu-west-1"

  assume_role {
    role_arn = "arn:aws:iam::777788889999:role/TerraformDeploy"
  }
}

locals {
  owner_bucket = "shared-landing-111122223333"
  writers = {
    analytics = { prefix = "analytics/", kms = true }
    billing   = { prefix = "billing/", kms = false }
  }
}

module "analytics_writer" {
  source = "./modules/writer"

  providers = {
    aws = aws.analytics
  }

  bucket_name    = local.owner_bucket
  prefix         = local.writers.analytics.prefix
  kms_key_arn    = local.writers["analytics"].kms ? var.owner_key_arn : null
  extra_prefixes = ["analytics/backfill/", "analytics/tmp/"]
}

module "billing_writer" {
  source = "./modules/writer"
  providers = {
    aws = aws.billing
  }

  bucket_name = local.owner_bucket
  prefix      = local.writers.billing.prefix
}

module "grant_alarms" {
  source  = "example-corp/s3-grant-alarms/aws"
  version = "~> 2.1"
  count   = var.enable_alarms ? 1 : 0

  role_arns = [
    module.analytics_writer.uploader_role_arn,
    module.billing_writer.uploader_role_arn,
  ]

  thresholds = {
    put_errors = { period = 300, evaluation_periods = 3, threshold = 1 }
    latency_ms = { period = 60, evaluation_periods = 5, threshold = 2.5e3 }
  }

  notify = {
    topics = [for name, w in local.writers : "grant-${name}" if w.kms]
    email  = null
  }
}

variable "owner_key_arn" {
  type    = string
  default = "arn:aws:kms:ap-northeast-1:111122223333:key/00000000-0000-0000-0000-000000000000"
}

variable "enable_alarms" {
  type    = bool
  default = true
}

output "alarm_arns" {
  value = flatten(module.grant_alarms[*].alarm_arns)
}

output "writer_role_arns" {
  value = {
    analytics = module.analytics_writer.uploader_role_arn
    billing   = module.billing_writer.uploader_role_arn
  }
}
