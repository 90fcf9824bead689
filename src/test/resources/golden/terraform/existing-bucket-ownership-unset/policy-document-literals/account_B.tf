# S3 Grant Designer, design "existing-bucket-ownership-unset": bucket owner account B.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_b" {
  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account B is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
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
    resources = ["arn:aws:s3:::existing-logs-222222222222/incoming/*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111111111111:root"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::111111111111:role/ecs-cross-account-s3-role"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }

  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      "arn:aws:s3:::existing-logs-222222222222",
      "arn:aws:s3:::existing-logs-222222222222/*"
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
  bucket = "existing-logs-222222222222"
  policy = data.aws_iam_policy_document.bucket_policy.json
}
