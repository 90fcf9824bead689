# S3 Grant Designer, design "shared-role-ou": values of the variables in variables.tf.
# Apply order: any. One bucket policy statement names the writers' organizational unit (aws:PrincipalOrgPaths) and matches their shared role with aws:PrincipalArn.

partition          = "aws"
region             = "ap-northeast-1"
organization_id    = "o-a1b2c3d4e5"
writer_org_path    = "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"
bucket_name        = "central-ingest-222222222222"
account_b_id       = "222222222222"
account_a_id       = "111111111111"
writer_a_role_name = "ingest-writer"
account_c_id       = "333333333333"
writer_c_role_name = "ingest-writer"
account_d_id       = "444444444444"
writer_d_role_name = "ingest-writer"
