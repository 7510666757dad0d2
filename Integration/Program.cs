System.Console.WriteLine("socialcrm: the integration worker is not built yet (see the open issues).");
return 1;
