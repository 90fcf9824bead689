resource "aws_s3_bucket" "vault" {
  bucket = "vault-888888888888"
}

resource "aws_kms_key" "vault" {
  description = "vault objects"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "KeyAdministration"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::888888888888:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "WriterUsesKeyForObjects"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::999999999999:role/vault-writer" }
        Action    = ["kms:GenerateDataKey", "kms:Decrypt"]
        Resource  = "*"
        Condition = {
          StringLike = { "kms:EncryptionContext:aws:s3:arn" = "arn:aws:s3:::vault-888888888888/*" }
        }
      }
    ]
  })
}

resource "aws_s3_bucket_server_side_encryption_configuration" "vault" {
  bucket = aws_s3_bucket.vault.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.vault.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_policy" "vault" {
  bucket = aws_s3_bucket.vault.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "AllowVaultWriter"
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::999999999999:root" }
      Action    = "s3:PutObject"
      Resource  = "${aws_s3_bucket.vault.arn}/*"
      Condition = { ArnEquals = { "aws:PrincipalArn" = "arn:aws:iam::999999999999:role/vault-writer" } }
    }]
  })
}
