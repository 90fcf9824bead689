# S3 Grant Designer, design "shared-writer": values of the variables in variables.tf.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.

partition                  = "aws"
region                     = "eu-west-1"
organization_id            = "o-k7m2p9q4r1"
bucket_name                = "org-ingest-555555555555"
account_central_id         = "555555555555"
account_teamred_id         = "611111111111"
writer_teamred_role_name   = "ingest-writer"
account_teamgreen_id       = "622222222222"
writer_teamgreen_role_name = "ingest-writer"
account_teamblue_id        = "633333333333"
writer_teamblue_role_name  = "ingest-writer"
