using SocialCrm.LocalDataverse.WebApi.Hosting;

return await ServeCommand.RunAsync(args);
