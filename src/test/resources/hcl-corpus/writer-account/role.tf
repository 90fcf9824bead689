# Writer account: the role that uploads into the owner's bucket.

data "aws_caller_identity" "this" {}

resource "aws_iam_role" "uploader" {
  name = "S3GrantWriter"
  path = "/grant/"

  assume_role_policy = <<TRUST
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "BatchJobsAssumeTheUploader",
      "Effect": "Allow",
      "Principal": {
        "Service": "batch.amazonaws.com"
      },
      "Action": "sts:AssumeRole"
    }
  ]
}
TRUST
}

resource "aws_iam_role_policy" "uploader_put" {
  name = "put-into-shared-bucket"
  role = "${aws_iam_role.uploader.id}"

  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "PutUnderOwnPrefix",
          "Effect": "Allow",
          "Action": [
            "s3:PutObject",
            "s3:AbortMultipartUpload",
            "s3:ListMultipartUploadParts"
          ],
          "Resource": "arn:aws:s3:::${var.bucket_name}/${var.prefix}*"
        },
        {
          "Sid": "UseOwnersKey",
          "Effect": "Allow",
          "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
          "Resource": "${var.kms_key_arn}"
        }
      ]
    }
  EOT
}

resource "aws_iam_role_policy" "uploader_list" {
  name = "list-own-prefixes"
  role = aws_iam_role.uploader.id

  # A template directive builds one prefix entry per line; $${aws:username} stays literal.
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::${var.bucket_name}",
      "Condition": {
        "StringLike": {
          "s3:prefix": [
%{ for p in var.extra_prefixes ~}
            "${p}*",
%{ endfor ~}
            "${var.prefix}*",
            "home/$${aws:username}/*"
          ]
        }
      }
    }
  ]
}
EOT
}

resource "aws_iam_role_policy_attachment" "uploader-ReadOnlyAccess" {
  count = var.attach_read_only ? 1 : 0

  role       = aws_iam_role.uploader.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_instance_profile" "uploader" {
  name = aws_iam_role.uploader.name
  role = aws_iam_role.uploader.name
  path = aws_iam_role.uploader.path
}

variable "bucket_name" { type = string }
variable "prefix" {
  type    = string
  default = "incoming/"
}
variable "kms_key_arn" {
  type    = string
  default = null
}
variable "extra_prefixes" {
  type    = list(string)
  default = []
}
variable "attach_read_only" {
  type    = bool
  default = false
}

output "uploader_role_arn" {
  value = aws_iam_role.uploader.arn
}

output "read_only_attached" {
  value = length(aws_iam_role_policy_attachment.uploader-ReadOnlyAccess) > 0 ? "yes" : "no"
}
