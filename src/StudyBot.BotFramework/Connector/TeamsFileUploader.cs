using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Logging;

namespace StudyBot.BotFramework.Connector;

/// <summary>
/// Puts a file's bytes to the upload URL Teams gives when the member accepts a file consent card (their OneDrive). The
/// URL carries its own authorization, so no bot token is ever sent to it; only https (or loopback for tests) is used.
/// </summary>
internal sealed class TeamsFileUploader(IHttpClientFactory httpClientFactory, ILogger<TeamsFileUploader> logger)
{
    public const string HttpClientName = "StudyBot.BotFramework.Files";

    public async Task<bool> UploadAsync(string uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var uri) || !string.IsNullOrEmpty(uri.UserInfo)
            || !(uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp && (uri.IsLoopback || IPAddress.TryParse(uri.IdnHost, out var ip) && IPAddress.IsLoopback(ip))))
        {
            logger.LogWarning("Refused a file upload URL that is neither https nor loopback");
            return false;
        }

        using var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = new ByteArrayContent(content) };
        request.Content.Headers.ContentRange = new ContentRangeHeaderValue(0, Math.Max(0, content.Length - 1), content.Length);
        try
        {
            using var response = await httpClientFactory.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            logger.LogWarning("The file upload was answered {Status}", (int)response.StatusCode);
            return false;
        }
        catch (Exception ex) when (ex is HttpRequestException || ex is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("The file upload failed: {Error}", ex.Message);
            return false;
        }
    }
}
