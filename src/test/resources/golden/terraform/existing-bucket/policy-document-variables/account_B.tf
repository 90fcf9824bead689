# S3 Grant Designer, design "existing-bucket": bucket owner account B.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_b" {
  lifecycle {
    postcondition {
      condition     = self.id == var.region
      error_message = "The provider of account B is configured for Region ${self.id}, but the design's Region is ${var.region}."
    }
  }
}

# The bucket exists already: its Object Ownership is set here, since a bucket created before
# April 2023 may still be ObjectWriter, and then the bucket owner does not own what writers put.
resource "aws_s3_bucket_ownership_controls" "main" {
  bucket = var.bucket_name

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

data "aws_iam_policy_document" "bucket_policy" {
  version = "2012-10-17"

  statement {
    sid    = "AllowPutFromA"
    effect = "Allow"
    actions = [
      "s3:AbortMultipartUpload",
      "s3:PutObject"
    ]
    resources = ["arn:${var.partition}:s3:::${var.bucket_name}/incoming/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${var.partition}:iam::${var.account_a_id}:root"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:${var.partition}:iam::${var.account_a_id}:role/${var.writer_a_role_name}"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = [var.organization_id]
    }
  }

  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      "arn:${var.partition}:s3:::${var.bucket_name}",
      "arn:${var.partition}:s3:::${var.bucket_name}/*"
    ]

    principals {
      type        = "*"
      identifiers = ["*"]
    }

    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

# The bucket exists already. This resource replaces the bucket's whole existing policy:
# merge the statements the policy has today into it before you apply.
resource "aws_s3_bucket_policy" "main" {
  bucket = var.bucket_name
  policy = data.aws_iam_policy_document.bucket_policy.json

  depends_on = [aws_s3_bucket_ownership_controls.main]
}
