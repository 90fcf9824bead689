# S3 Grant Designer, design "shared-writer": the values every writer account shares (each account's own are in accounts/<alias>.tfvars).
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

partition          = "aws"
region             = "eu-west-1"
organization_id    = "o-k7m2p9q4r1"
bucket_name        = "org-ingest-555555555555"
account_central_id = "555555555555"
role_name          = "ingest-writer"
