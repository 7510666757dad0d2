using Microsoft.VisualStudio.TestTools.UnitTesting;

// Test classes share nothing (each builds its own in-memory environment), so classes run in parallel.
[assembly: Parallelize(Workers = 0, Scope = ExecutionScope.ClassLevel)]
