using SocialCrm.Integration.CommandLine;

return SocialCrmCommandLine.Create().Parse(args).Invoke();
