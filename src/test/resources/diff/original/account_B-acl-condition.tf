# The ECS-only account_B.tf of the original conversation, with its bucket policy replaced by
# the conversation's revised bucket policy (修正版), verbatim as JSON: the version that has the
# s3:x-amz-acl condition. Its placeholders (アカウントAのID, バケット名) are kept as written.
# S3バケット
resource "aws_s3_bucket" "main" {
  bucket = var.bucket_name
}

# バケット所有者強制
resource "aws_s3_bucket_ownership_controls" "main" {
  bucket = aws_s3_bucket.main.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

# バケットポリシー
resource "aws_s3_bucket_policy" "main" {
  bucket = aws_s3_bucket.main.id

  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "AllowCrossAccountPutObject",
          "Effect": "Allow",
          "Principal": {
            "AWS": "arn:aws:iam::アカウントAのID:root"
          },
          "Action": [
            "s3:PutObject",
            "s3:PutObjectAcl"
          ],
          "Resource": "arn:aws:s3:::バケット名/*",
          "Condition": {
            "StringEquals": {
              "s3:x-amz-acl": "bucket-owner-full-control"
            }
          }
        }
      ]
    }
  EOT
}
