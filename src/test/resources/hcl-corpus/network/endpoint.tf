# Writers upload from private subnets through an S3 gateway endpoint.
#
#   * a VPC with one private subnet per zone
#   * a gateway endpoint for S3 whose policy allows the shared bucket only
#   * an interface endpoint for STS behind a security group

variable "cidr_block" {
  type    = string
  default = "10.20.0.0/16"
}

variable "zones" {
  type    = list(string)
  default = ["ap-northeast-1a", "ap-northeast-1c", "ap-northeast-1d"]
}

variable "shared_bucket_arn" { type = string }

variable "allowed_cidrs" {
  type = map(object({ port = number, description = string }))
  default = {
    "10.30.0.0/16" = { port = 443, description = "peered build network" }
  }
}

resource "aws_vpc" "uploads" {
  cidr_block           = var.cidr_block
  enable_dns_support   = true
  enable_dns_hostnames = true

  tags = { Name = "uploads" }
}

resource "aws_subnet" "private" {
  count = length(var.zones)

  vpc_id            = aws_vpc.uploads.id
  availability_zone = var.zones[count.index]
  cidr_block = cidrsubnet(
    var.cidr_block,
    8,
    count.index + 10
  )

  tags = {
    Name = "uploads-private-${element(split("-", var.zones[count.index]), 2)}"
    Tier = "private"
  }
}

resource "aws_route_table" "private" {
  count  = length(aws_subnet.private)
  vpc_id = aws_vpc.uploads.id
}

resource "aws_route_table_association" "private" {
  count          = length(aws_subnet.private)
  subnet_id      = aws_subnet.private[count.index].id
  route_table_id = aws_route_table.private[count.index].id
}

resource "aws_vpc_endpoint" "s3" {
  vpc_id            = aws_vpc.uploads.id
  service_name      = "com.amazonaws.${data.aws_region.here.name}.s3"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = aws_route_table.private[*].id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "OnlyTheSharedBucket"
        Effect    = "Allow"
        Principal = "*"
        Action    = ["s3:PutObject", "s3:AbortMultipartUpload", "s3:ListBucket"]
        Resource  = [var.shared_bucket_arn, "${var.shared_bucket_arn}/*"]
      },
    ]
  })
}

resource "aws_security_group" "endpoints" {
  name_prefix = "uploads-endpoints-"
  description = "HTTPS to interface endpoints"
  vpc_id      = aws_vpc.uploads.id

  ingress {
    description = "from the private subnets"
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = aws_subnet.private.*.cidr_block
  }

  dynamic "ingress" {
    for_each = var.allowed_cidrs
    content {
      description = ingress.value.description
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.key]
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  lifecycle {
    create_before_destroy = true
    ignore_changes        = [tags["LastChecked"]]
  }
}

resource "aws_vpc_endpoint" "sts" {
  vpc_id              = aws_vpc.uploads.id
  service_name        = "com.amazonaws.${data.aws_region.here.name}.sts"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  subnet_ids          = aws_subnet.private[*].id
  security_group_ids  = [aws_security_group.endpoints.id]

  depends_on = [
    /* routes first, then the endpoint */
    aws_route_table_association.private,
    aws_vpc_endpoint.s3,
  ]
}

data "aws_region" "here" {}

output "private_subnet_ids" {
  value = aws_subnet.private[*].id
}

output "endpoint_prefix_list" {
  value = aws_vpc_endpoint.s3.prefix_list_id
}
