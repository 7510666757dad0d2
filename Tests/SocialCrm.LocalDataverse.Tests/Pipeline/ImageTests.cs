using System;
using System.Linq;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Microsoft.Xrm.Sdk;
using SocialCrm.Dataverse.Local.Registration;
using SocialCrm.Dataverse.Local.Tests.Pipeline.TestPlugins;

namespace SocialCrm.Dataverse.Local.Tests.Pipeline;

[TestClass]
public sealed class ImageTests
{
    [TestMethod]
    public void Pre_and_post_images_hold_the_row_before_and_after_the_update()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Update", Tables.Profile, PipelineStage.PostOperation, configure: s => s with
            {
                UnsecureConfiguration = key,
                Images = new[] { new StepImage("before", ImageType.PreImage), new StepImage("after", ImageType.PostImage) },
            })
            .Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["test_followers"] = 1 });

        service.Update(new Entity(Tables.Profile, id) { ["test_followers"] = 2 });
        var context = Recorder.For(key).Single();

        Assert.AreEqual(1, context.PreEntityImages["before"]["test_followers"]);
        Assert.AreEqual(2, context.PostEntityImages["after"]["test_followers"]);
        Assert.AreEqual("Ada", context.PostEntityImages["after"]["test_name"]);
        Assert.AreEqual(id, context.PreEntityImages["before"].Id);
    }

    [TestMethod]
    public void An_image_carries_only_the_columns_it_was_registered_with()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Update", Tables.Profile, PipelineStage.PreOperation, configure: s => s with
            {
                UnsecureConfiguration = key,
                Images = new[] { new StepImage("before", ImageType.PreImage, new[] { "test_name" }) },
            })
            .Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada", ["test_followers"] = 1 });

        service.Update(new Entity(Tables.Profile, id) { ["test_followers"] = 2 });

        CollectionAssert.AreEqual(new[] { "test_name" }, Recorder.For(key).Single().PreEntityImages["before"].Attributes.Keys.ToArray());
    }

    [TestMethod]
    public void Create_has_a_post_image_and_no_pre_image()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Create", Tables.Profile, PipelineStage.PostOperation, configure: s => s with
            {
                UnsecureConfiguration = key,
                Images = new[] { new StepImage("image", ImageType.Both) },
            })
            .Build();

        dataverse.GetOrganizationService().Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });
        var context = Recorder.For(key).Single();

        Assert.AreEqual(0, context.PreEntityImages.Count);
        Assert.AreEqual("Ada", context.PostEntityImages["image"]["test_name"]);
        Assert.IsTrue(context.PostEntityImages["image"].Contains("createdon"));
    }

    [TestMethod]
    public void Delete_has_the_deleted_row_as_pre_image()
    {
        var key = Guid.NewGuid().ToString();
        using var dataverse = Tables.Environment()
            .WithStep<RecordingPlugin>("Delete", Tables.Profile, PipelineStage.PostOperation, configure: s => s with
            {
                UnsecureConfiguration = key,
                Images = new[] { new StepImage("gone", ImageType.PreImage) },
            })
            .Build();
        var service = dataverse.GetOrganizationService();
        var id = service.Create(new Entity(Tables.Profile) { ["test_name"] = "Ada" });

        service.Delete(Tables.Profile, id);

        Assert.AreEqual("Ada", Recorder.For(key).Single().PreEntityImages["gone"]["test_name"]);
    }
}
