################################################################################
# The shared bucket
################################################################################

resource "aws_s3_bucket" "shared" {
  bucket        = var.bucket_name
  force_destroy = false

  tags = merge(local.common_tags, {
    Name = var.bucket_name
  })
}

resource "aws_s3_bucket_ownership_controls" "shared" {
  bucket = aws_s3_bucket.shared.id

  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_public_access_block" "shared" {
  bucket                  = aws_s3_bucket.shared.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "shared" {
  bucket = aws_s3_bucket.shared.id
  versioning_configuration { status = local.replica_enabled ? "Enabled" : "Suspended" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "shared" {
  bucket = aws_s3_bucket.shared.id

  rule {
    bucket_key_enabled = true

    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.shared.arn
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "shared" {
  bucket = aws_s3_bucket.shared.id

  dynamic "rule" {
    for_each = var.writers
    iterator = writer

    content {
      id     = "expire-${writer.key}"
      status = "Enabled"

      filter {
        prefix = writer.value.prefix
      }

      expiration {
        days = var.retention_days
      }

      dynamic "noncurrent_version_expiration" {
        for_each = local.replica_enabled ? [30] : []
        content {
          noncurrent_days = noncurrent_version_expiration.value
        }
      }
    }
  }

  rule {
    id     = "abort-multipart"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload { days_after_initiation = 7 }
  }
}

resource "aws_s3_bucket_policy" "shared" {
  bucket = aws_s3_bucket.shared.id

  # The writers' roles may put objects under their own prefix only; TLS is required.
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": [
        "${aws_s3_bucket.shared.arn}",
        "${aws_s3_bucket.shared.arn}/*"
      ],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    },
    {
      "Sid": "WritersPutObjects",
      "Effect": "Allow",
      "Principal": { "AWS": ${jsonencode(local.writer_role_arns)} },
      "Action": ["s3:PutObject", "s3:AbortMultipartUpload"],
      "Resource": "${aws_s3_bucket.shared.arn}/*"
    }
  ]
}
POLICY

  depends_on = [aws_s3_bucket_public_access_block.shared]
}

resource "aws_s3_bucket" "replica" {
  count    = local.replica_enabled ? 1 : 0
  provider = aws.replica

  bucket_prefix = "${substr(var.bucket_name, 0, 30)}-replica-"
}

resource "aws_s3_bucket_replication_configuration" "shared" {
  count  = length(aws_s3_bucket.replica)
  bucket = aws_s3_bucket.shared.id
  role   = aws_iam_role.replication[count.index].arn

  rule {
    id       = "everything"
    status   = "Enabled"
    priority = 1

    delete_marker_replication { status = "Disabled" }

    filter {
      and {
        prefix = ""
        tags   = { replicate = "yes" }
      }
    }

    destination {
      bucket        = aws_s3_bucket.replica[count.index].arn
      storage_class = "STANDARD_IA"

      encryption_configuration {
        replica_kms_key_id = aws_kms_replica_key.shared[0].arn
      }
    }

    source_selection_criteria {
      sse_kms_encrypted_objects { status = "Enabled" }
    }
  }

  depends_on = [aws_s3_bucket_versioning.shared]
}

resource "aws_iam_role" "replication" {
  count = local.replica_enabled ? 1 : 0
  name  = "${var.bucket_name}-replication"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
}

output "bucket_arn" {
  value       = aws_s3_bucket.shared.arn
  description = "ARN of the shared bucket"
}

output "replica_bucket_arns" {
  value = aws_s3_bucket.replica[*].arn
}

output "writer_prefixes" {
  value     = local.prefixes_by_account
  sensitive = false
}
