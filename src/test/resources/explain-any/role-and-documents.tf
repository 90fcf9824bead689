# A writer role whose trust policy is a heredoc, and two policy documents: one readable, one built
# with a dynamic block that only Terraform can evaluate.
resource "aws_iam_role" "loader" {
  name               = "loader"
  assume_role_policy = <<-JSON
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"Service": "lambda.amazonaws.com"},
        "Action": "sts:AssumeRole"
      }]
    }
  JSON
}

data "aws_iam_policy_document" "put" {
  statement {
    sid       = "PutUnderIncoming"
    actions   = ["s3:PutObject", "s3:PutObjectAcl"]
    resources = ["arn:aws:s3:::amzn-s3-demo-bucket/incoming/*"]
    condition {
      test     = "StringEquals"
      variable = "s3:x-amz-acl"
      values   = ["bucket-owner-full-control"]
    }
  }
}

resource "aws_iam_role_policy" "put" {
  role   = aws_iam_role.loader.id
  policy = data.aws_iam_policy_document.put.json
}

data "aws_iam_policy_document" "generated" {
  dynamic "statement" {
    for_each = var.prefixes
    content {
      actions   = ["s3:PutObject"]
      resources = ["arn:aws:s3:::amzn-s3-demo-bucket/${statement.value}*"]
    }
  }
}
