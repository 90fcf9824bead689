// The customer managed key that encrypts the shared bucket.
// Writers need kms:GenerateDataKey to put objects, kms:Decrypt for multipart uploads.

data "aws_iam_policy_document" "shared_key" {
  statement {
    sid       = "OwnerAccountAdministers"
    effect    = "Allow"
    actions   = ["kms:*"]
    resources = ["*"]

    principals {
      type        = "AWS"
      identifiers = ["arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }

  dynamic "statement" {
    for_each = local.kms_writers

    content {
      sid    = "Writer${replace(title(statement.key), "-", "")}UsesKey"
      effect = "Allow"
      actions = [
        "kms:GenerateDataKey", # PutObject
        "kms:Decrypt",         // UploadPart of a multipart upload
      ]
      resources = ["*"]

      principals {
        type        = "AWS"
        identifiers = ["arn:aws:iam::${statement.value.account_id}:role/${statement.value.role_name}"]
      }

      condition {
        test     = "StringEquals"
        variable = "kms:ViaService"
        values   = ["s3.${var.home_region}.amazonaws.com"]
      }

      condition {
        test     = "StringLike"
        variable = "kms:EncryptionContext:aws:s3:arn"
        values = [
          format("%s/%s*", aws_s3_bucket.shared.arn, statement.value.prefix),
        ]
      }
    }
  }
}

resource "aws_kms_key" "shared" {
  description             = "Encrypts ${var.bucket_name}"
  enable_key_rotation     = true
  deletion_window_in_days = 30 /* the longest waiting period */
  multi_region            = local.replica_enabled
  policy                  = data.aws_iam_policy_document.shared_key.json
}

resource "aws_kms_alias" "shared" {
  name          = "alias/${lower(var.bucket_name)}"
  target_key_id = aws_kms_key.shared.key_id
}

resource "aws_kms_replica_key" "shared" {
  count    = local.replica_enabled ? 1 : 0
  provider = aws.replica

  description     = "Replica of ${aws_kms_alias.shared.name} in ${data.aws_region.replica.name}"
  primary_key_arn = aws_kms_key.shared.arn
  policy          = data.aws_iam_policy_document.shared_key.json
}

resource "aws_kms_grant" "log_archive" {
  for_each = toset(local.writer_account_ids)

  name              = "writer-${each.key}"
  key_id            = aws_kms_key.shared.key_id
  grantee_principal = "arn:aws:iam::${each.value}:root"
  operations = concat(
    ["GenerateDataKey", "Decrypt"],
    each.value == var.log_archive_account_id ? ["DescribeKey"] : [],
  )

  constraints {
    encryption_context_subset = {
      "aws:s3:arn" = "${aws_s3_bucket.shared.arn}/${join("/",
        compact([
          "logs",
          lookup(local.prefixes_by_account, each.key, [""])[0],
        ])
      )}"
    }
  }
}

output "kms_key_arn" {
  value = aws_kms_key.shared.arn
}

output "kms_replica_key_arn" {
  value = one(aws_kms_replica_key.shared[*].arn)
}
