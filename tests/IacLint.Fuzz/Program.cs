using IacLint.Fuzz;

// iaclint-fuzz [INPUTS] [RANDOM-SEED] [TESTDATA] [CRASH-FOLDER]: mutates every seed format, scans each input with a
// 10 s bound, and prints crashes, hangs, the slowest input and the peak working set. Exit code 1 on any crash or hang.
var inputs = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var randomSeed = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1;
var testData = args.Length > 2 ? args[2] : "testdata";
var crashFolder = args.Length > 3 ? args[3] : "fuzz-findings";
var seeds = Fuzzer.LoadSeeds(testData);
Console.WriteLine($"{seeds.Count} seeds, {inputs} inputs, random seed {randomSeed}");
var fuzzer = new Fuzzer(seeds, randomSeed, TimeSpan.FromSeconds(10), crashFolder);
var started = DateTime.UtcNow;
var report = fuzzer.Run(inputs, done =>
{
    if (done % 1000 == 0) Console.WriteLine($"{done} inputs, {(DateTime.UtcNow - started).TotalSeconds:0} s");
});
foreach (var crash in report.Crashes) Console.WriteLine("CRASH " + crash);
foreach (var hang in report.Hangs) Console.WriteLine("HANG " + hang);
Console.WriteLine($"inputs {report.Inputs}, crashes {report.Crashes.Count}, hangs {report.Hangs.Count}, slowest {report.Slowest.TotalSeconds:0.00} s, peak working set {report.PeakWorkingSetBytes / (1024 * 1024)} MiB");
return report.Crashes.Count + report.Hangs.Count == 0 ? 0 : 1;
