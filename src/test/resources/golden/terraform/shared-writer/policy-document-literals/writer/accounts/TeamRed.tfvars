# S3 Grant Designer, design "shared-writer": values of writer account TeamRed for writer.tf.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.
# In the writer folder, in account TeamRed's workspace: terraform apply -var-file=accounts/TeamRed.tfvars

account_id = "611111111111"
