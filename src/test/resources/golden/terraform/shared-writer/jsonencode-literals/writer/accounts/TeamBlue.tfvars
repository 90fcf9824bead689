# S3 Grant Designer, design "shared-writer": values of writer account TeamBlue for writer.tf.
# Apply order: any. The bucket policy names each writer account and matches the role with aws:PrincipalArn.
# In the writer folder, in account TeamBlue's workspace: terraform apply -var-file=accounts/TeamBlue.tfvars

account_id = "633333333333"
