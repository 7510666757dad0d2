using SocialCrm.Dataverse.Local.WebApi.Hosting;

return await ServeCommand.RunAsync(args);
