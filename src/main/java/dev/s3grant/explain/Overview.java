package dev.s3grant.explain;

import dev.s3grant.model.Message;
import java.util.List;

/**
 * The whole grant at a glance: the path a request takes, what each account applies and in which
 * order, and what outside this design can still block the request.
 */
public record Overview(List<Message> requestPath, List<Message> applyOrder, List<Message> outsideControls,
                       List<String> docUrls) {

    public Overview {
        requestPath = List.copyOf(requestPath);
        applyOrder = List.copyOf(applyOrder);
        outsideControls = List.copyOf(outsideControls);
        docUrls = List.copyOf(docUrls);
    }
}
