using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace SocialCrm.Dataverse.Local.Tests.WebApi;

/// <summary>
/// Composes a multipart/mixed $batch body as Dataverse's documentation writes one (CRLF line ends, application/http
/// parts, change sets with Content-ID), so the tests send what a client written for Dataverse sends.
/// </summary>
internal sealed class BatchBody
{
    private readonly string boundary = "batch_" + Guid.NewGuid().ToString("N");
    private readonly StringBuilder text = new();
    private readonly string rootPath;

    public BatchBody(Uri serviceRoot)
    {
        rootPath = serviceRoot.AbsolutePath;
    }

    public int Count { get; private set; }

    public BatchBody Request(string method, string url, string? json = null)
    {
        text.Append("--").Append(boundary).Append("\r\n");
        Part(method, url, json, contentId: null);
        return this;
    }

    public BatchBody ChangeSet(params (string ContentId, string Method, string Url, string? Json)[] requests)
    {
        var changeSet = "changeset_" + Guid.NewGuid().ToString("N");
        text.Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Type: multipart/mixed; boundary=").Append(changeSet).Append("\r\n\r\n");
        foreach (var (contentId, method, url, json) in requests)
        {
            text.Append("--").Append(changeSet).Append("\r\n");
            Part(method, url, json, contentId);
        }

        text.Append("--").Append(changeSet).Append("--\r\n");
        return this;
    }

    public HttpRequestMessage ToRequest(params (string Name, string Value)[] headers)
    {
        var body = text.ToString() + "--" + boundary + "--\r\n";
        var request = new HttpRequestMessage(HttpMethod.Post, "$batch") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/mixed; boundary=\"{boundary}\"");
        request.Headers.Accept.ParseAdd("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private void Part(string method, string url, string? json, string? contentId)
    {
        Count++;
        text.Append("Content-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n");
        if (contentId is not null)
        {
            text.Append("Content-ID: ").Append(contentId).Append("\r\n");
        }

        var target = url.StartsWith('$') && char.IsDigit(url[1]) ? url : rootPath + url;
        text.Append("\r\n").Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n");
        if (json is not null)
        {
            text.Append("Content-Type: application/json; type=entry\r\n\r\n").Append(json).Append("\r\n");
        }
        else
        {
            text.Append("\r\n");
        }
    }
}
