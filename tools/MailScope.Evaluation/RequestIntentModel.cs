using MailScope.Core.Asks;
using MailScope.Core.Language;

namespace MailScope.Evaluation;

/// <summary>
/// An experiment beside the rules: logistic regression of "this sentence asks the reader for an action
/// or a response", trained in memory on the Parakweet training file (see <see cref="IntentTrainer"/>).
/// The product does not use it: on the test file it trades accuracy for recall (see docs/judgement.md).
/// </summary>
public sealed class RequestIntentModel
{
    private readonly float[] _weights;

    public RequestIntentModel(float[] weights) => _weights = weights;

    public IReadOnlyList<float> Weights => _weights;

    public double Probability(string sentence)
    {
        var z = 0.0;
        foreach (var f in IntentFeatures.Of(sentence))
        {
            z += _weights[f];
        }

        return 1 / (1 + Math.Exp(-z));
    }
}
