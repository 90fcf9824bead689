# S3 Grant Designer, design "three-writers": bucket owner account B.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_b" {
  provider = aws.ingest

  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account B is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
  }
}

resource "aws_s3_bucket" "main" {
  provider = aws.ingest

  bucket = "central-ingest-222222222222"
}

resource "aws_s3_bucket_ownership_controls" "main" {
  provider = aws.ingest

  bucket = aws_s3_bucket.main.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "main" {
  provider = aws.ingest

  bucket = aws_s3_bucket.main.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "main" {
  provider = aws.ingest

  bucket = aws_s3_bucket.main.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

data "aws_iam_policy_document" "bucket_policy" {
  provider = aws.ingest

  version = "2012-10-17"

  statement {
    sid    = "AllowPutFromA"
    effect = "Allow"
    actions = [
      "s3:AbortMultipartUpload",
      "s3:PutObject"
    ]
    resources = [
      "arn:aws:s3:::central-ingest-222222222222/app-a/*",
      "arn:aws:s3:::central-ingest-222222222222/app-b/*",
      "arn:aws:s3:::central-ingest-222222222222/shared/reports/*"
    ]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::111111111111:root"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::111111111111:role/workloads/ingest/ingest-writer"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }

  statement {
    sid    = "AllowPutFromA2"
    effect = "Allow"
    actions = [
      "s3:AbortMultipartUpload",
      "s3:PutObject",
      "s3:PutObjectTagging"
    ]
    resources = [
      "arn:aws:s3:::central-ingest-222222222222/app-a/*",
      "arn:aws:s3:::central-ingest-222222222222/app-b/*",
      "arn:aws:s3:::central-ingest-222222222222/shared/reports/*"
    ]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::333333333333:root"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::333333333333:role/workloads/ingest/ingest-writer"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }

  statement {
    sid     = "AllowPutFromAnalytics"
    effect  = "Allow"
    actions = ["s3:PutObject"]
    resources = [
      "arn:aws:s3:::central-ingest-222222222222/app-a/*",
      "arn:aws:s3:::central-ingest-222222222222/app-b/*",
      "arn:aws:s3:::central-ingest-222222222222/shared/reports/*"
    ]

    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::444444444444:root"]
    }

    condition {
      test     = "ArnEquals"
      variable = "aws:PrincipalArn"
      values   = ["arn:aws:iam::444444444444:role/etl-job-role"]
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
      "arn:aws:s3:::central-ingest-222222222222",
      "arn:aws:s3:::central-ingest-222222222222/*"
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

resource "aws_s3_bucket_policy" "main" {
  provider = aws.ingest

  bucket = aws_s3_bucket.main.id
  policy = data.aws_iam_policy_document.bucket_policy.json

  depends_on = [
    aws_s3_bucket_public_access_block.main,
    aws_s3_bucket_ownership_controls.main
  ]
}
