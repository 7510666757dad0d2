using SocialCrm.Integration.CommandLine;

return await SocialCrmCommandLine.Create().Parse(args).InvokeAsync();
