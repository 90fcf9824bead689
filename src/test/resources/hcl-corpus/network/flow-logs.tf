locals {
  # Flow logs go to CloudWatch unless a bucket is given.
  flow_logs_to_s3        = var.flow_log_bucket_arn != null
  create_flow_log_role   = var.enable_flow_logs && !local.flow_logs_to_s3
  flow_log_group_name    = "/uploads/${aws_vpc.uploads.id}/flow-logs"
  flow_log_retention     = var.flow_log_retention_days == 0 ? null : var.flow_log_retention_days
  flow_log_destination   = local.flow_logs_to_s3 ? var.flow_log_bucket_arn : try(aws_cloudwatch_log_group.flow_logs[0].arn, null)
  flow_log_delivery_role = local.create_flow_log_role ? aws_iam_role.flow_logs[0].arn : null
}

variable "enable_flow_logs" {
  type    = bool
  default = true
}

variable "flow_log_bucket_arn" {
  type    = string
  default = null
}

variable "flow_log_retention_days" {
  type    = number
  default = 90
}

resource "aws_flow_log" "uploads" {
  count = var.enable_flow_logs ? 1 : 0

  vpc_id               = aws_vpc.uploads.id
  traffic_type         = "REJECT"
  log_destination_type = local.flow_logs_to_s3 ? "s3" : "cloud-watch-logs"
  log_destination      = local.flow_log_destination
  iam_role_arn         = local.flow_log_delivery_role

  dynamic "destination_options" {
    for_each = local.flow_logs_to_s3 ? ["parquet"] : []
    content {
      file_format        = destination_options.value
      per_hour_partition = true
    }
  }
}

resource "aws_cloudwatch_log_group" "flow_logs" {
  count = local.create_flow_log_role ? 1 : 0

  name              = local.flow_log_group_name
  retention_in_days = local.flow_log_retention
}

data "aws_iam_policy_document" "flow_logs_trust" {
  count = local.create_flow_log_role ? 1 : 0

  statement {
    sid     = "FlowLogsServiceAssumesRole"
    effect  = "Allow"
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["vpc-flow-logs.amazonaws.com"]
    }

    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.network.account_id]
    }
  }
}

resource "aws_iam_role" "flow_logs" {
  count = local.create_flow_log_role ? 1 : 0

  name_prefix        = "uploads-flow-logs-"
  assume_role_policy = data.aws_iam_policy_document.flow_logs_trust[0].json
}

resource "aws_iam_policy" "flow_logs_delivery" {
  count = local.create_flow_log_role ? 1 : 0

  name_prefix = "uploads-flow-logs-"
  policy      = data.aws_iam_policy_document.flow_logs_delivery[0].json
}

data "aws_iam_policy_document" "flow_logs_delivery" {
  count = local.create_flow_log_role ? 1 : 0

  statement {
    sid    = "DeliverFlowLogsToCloudWatch"
    effect = "Allow"
    actions = [
      "logs:CreateLogStream",
      "logs:PutLogEvents",
      "logs:DescribeLogGroups",
      "logs:DescribeLogStreams",
    ]
    resources = [
      "${aws_cloudwatch_log_group.flow_logs[0].arn}:*",
    ]
  }
}

resource "aws_iam_role_policy_attachment" "flow_logs_delivery" {
  count = local.create_flow_log_role ? 1 : 0

  role       = aws_iam_role.flow_logs[count.index].name
  policy_arn = aws_iam_policy.flow_logs_delivery[count.index].arn
}

data "aws_caller_identity" "network" {}
