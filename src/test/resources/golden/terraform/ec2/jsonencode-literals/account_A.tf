# S3 Grant Designer, design "ec2": writer account A.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

data "aws_region" "account_a" {
  lifecycle {
    postcondition {
      condition     = self.id == "ap-northeast-1"
      error_message = "The provider of account A is configured for Region ${self.id}, but the design's Region is ap-northeast-1."
    }
  }
}

resource "aws_iam_role" "writer_a" {
  name = "ingest-instance-role"
  path = "/workloads/"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "TrustServicesWithoutSourceKeys"
        Effect = "Allow"
        Principal = {
          Service = "ec2.amazonaws.com"
        }
        Action = "sts:AssumeRole"
      }
    ]
  })
}

resource "aws_iam_role_policy" "writer_a" {
  name = "s3-cross-account-put"
  role = aws_iam_role.writer_a.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "AllowPutObjects"
        Effect = "Allow"
        Action = [
          "s3:AbortMultipartUpload",
          "s3:PutObject"
        ]
        Resource = "arn:aws:s3:::central-ingest-222222222222/incoming/*"
        Condition = {
          StringEquals = {
            "aws:ResourceAccount" = "222222222222"
            "aws:ResourceOrgID"   = "o-a1b2c3d4e5"
          }
        }
      }
    ]
  })
}

resource "aws_iam_instance_profile" "writer_a" {
  name = aws_iam_role.writer_a.name
  path = aws_iam_role.writer_a.path
  role = aws_iam_role.writer_a.name
}
