data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ecs-tasks.amazonaws.com"]
    }
  }
}

data "aws_iam_policy_document" "put" {
  statement {
    actions   = ["s3:PutObject", "s3:PutObjectAcl"]
    resources = ["arn:aws:s3:::central-ingest-222222222222/*"]
  }
}

resource "aws_iam_role" "task" {
  name               = "ecs-cross-account-s3-role"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

resource "aws_iam_role_policy" "task_put" {
  name   = "task-put"
  role   = aws_iam_role.task.id
  policy = data.aws_iam_policy_document.put.json
}
