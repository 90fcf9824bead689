// An uploader written in the Terraform 0.11 style: every reference wrapped in "${...}",
// quoted type names and provider references, list indexes as attributes.
/* Newer Terraform still reads all of it; `terraform fmt` would unwrap the interpolations. */

variable "enabled" {
  default = true
}

variable "region" {
  type    = "string"
  default = "ap-northeast-1"
}

variable "writer_accounts" {
  type    = "list"
  default = ["444455556666", "777788889999"]
}

variable "bucket" {
  type = "map"

  default = {
    name   = "legacy-landing-111122223333"
    prefix = "legacy/"
  }
}

provider "aws" {
  region  = "${var.region}"
  version = "~> 2.70"
}

provider "aws" {
  alias  = "west"
  region = "us-west-2"
}

resource "aws_iam_role" "legacy_uploader" {
  count = "${var.enabled ? length(var.writer_accounts) : 0}"
  name  = "legacy-uploader-${element(var.writer_accounts, count.index)}"

  assume_role_policy = <<DEFINITION
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::${element(var.writer_accounts, count.index)}:root"
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        "StringEquals": { "sts:ExternalId": "${lookup(var.bucket, "name")}" }
      }
    }
  ]
}
DEFINITION
}

resource "aws_iam_role_policy" "legacy_uploader" {
  count = "${var.enabled ? length(var.writer_accounts) : 0}"
  name  = "legacy-put"
  role  = "${element(aws_iam_role.legacy_uploader.*.id, count.index)}"

  policy = <<DEFINITION
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": ["s3:PutObject"],
      "Resource": "arn:aws:s3:::${var.bucket["name"]}/${var.bucket["prefix"]}*"
    }
  ]
}
DEFINITION
}

resource "aws_s3_bucket_object" "marker" {
  provider = "aws.west"
  count    = "${var.enabled}"

  bucket       = "${lookup(var.bucket, "name")}"
  key          = "${lookup(var.bucket, "prefix")}_marker" # an empty object marks the prefix
  content      = ""
  content_type = "text/plain"
  tags         = "${map("Role", aws_iam_role.legacy_uploader.0.name, "Accounts", join(",", var.writer_accounts))}"
}

resource "null_resource" "wait" {}

output "role_names" {
  value = ["${aws_iam_role.legacy_uploader.*.name}"]
}

output "first_role_arn" {
  value = "${element(concat(aws_iam_role.legacy_uploader.*.arn, list("")), 0)}"
}

output "escaped" {
  // "$${...}" and "%%{...}" are literal text, not interpolation.
  value = "literal $${var.region} and %%{ if true }, tab\there, quote \" and unicode \u00e9"
}
